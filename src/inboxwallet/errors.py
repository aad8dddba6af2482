"""The project's own exceptions. The CLI turns each into a one-line message."""


class InboxwalletError(Exception):
    "Something went wrong in inboxwallet"


class ConfigError(InboxwalletError):
    "The configuration file is not valid"


class StoreError(InboxwalletError):
    "The database could not be read or written"


class SourceError(InboxwalletError):
    "A mail source could not be read"


class ParseError(InboxwalletError):
    "A message could not be parsed"


class SyncError(InboxwalletError):
    "Syncing with the mail server failed"


class AuthError(SyncError):
    "The mail server refused the credentials"


class LockedError(InboxwalletError):
    "Another inboxwallet run holds the lock on this database"


class ModelError(InboxwalletError):
    "The classifier model could not be loaded or trained"


class NotFound(InboxwalletError):
    "No such record"
