"""One module per sheet of the monthly workbook; each registers a ``SheetBuilder``."""
