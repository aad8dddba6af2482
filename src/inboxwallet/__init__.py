"""inboxwallet: social currency per contact, measured from your own mailbox."""

__version__ = "0.1.0"
