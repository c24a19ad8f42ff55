"""The Textual app: screens, widgets and modals over the workbench core (tui -> workbench -> glossary)."""
