"""The workbench core: engine, segmentation, terminology and the CLI, without a UI.

Nothing under `workbench` may import `textual` or anything from `tui`.
"""

__version__ = "0.1.0"
