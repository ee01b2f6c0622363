"""Failures a job reports to its user: a stable `code` and a readable `message`."""


class JobError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class MediaError(JobError):
    """The file cannot be used as media."""


class JobCanceled(Exception):
    """The user canceled the job; not a failure."""
