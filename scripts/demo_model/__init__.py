"""Build-time helpers for the bundled demo translation models (torch only here, never in workbench/)."""
