"""BranchOps: the offline operations desktop tool for the manager of one branch office."""

__version__ = "0.1.0"
APP_NAME = "BranchOps"
