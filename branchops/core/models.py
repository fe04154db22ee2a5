"""Every model of every area, imported so that the metadata is complete (schema checks, tools)."""

from branchops.core.actions import models as action_models
from branchops.core.branch import models as branch_models
from branchops.core.budget import models as budget_models
from branchops.core.feedback import models as feedback_models
from branchops.core.quality import models as quality_models
from branchops.core.reports import models as report_models
from branchops.core.risk import models as risk_models
from branchops.core.staff import models as staff_models
from branchops.core.training import models as training_models
from branchops.core.users import models as user_models
from branchops.db import audit
from branchops.db.base import Base

__all__ = [
    "Base",
    "action_models",
    "audit",
    "branch_models",
    "budget_models",
    "feedback_models",
    "quality_models",
    "report_models",
    "risk_models",
    "staff_models",
    "training_models",
    "user_models",
]
