"""The one error a data sheet can raise when read: its reason, in the user's language."""


class DataSheetError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
