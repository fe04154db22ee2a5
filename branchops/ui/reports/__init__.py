"""The Reports page: the monthly HQ workbook, HQ consolidation and Excel imports (§9, §10)."""
