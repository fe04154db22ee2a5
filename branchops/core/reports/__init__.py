"""The monthly HQ report's business side: the export log and the completeness checks.

The workbook itself is written by ``branchops/excel/workbook``; this package holds what core owns:
who exported which month when (with the revision number HQ uses) and what is missing.
"""
