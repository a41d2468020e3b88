"""The application layer: a Session (the file, who works on it, the one writer) and one
named operation per thing a user does, called by the screens and the command line alike.

Each operation takes the session first and returns what it changed (:class:`ops.changes.Changes`);
screens refresh from that. Operations never import Qt.
"""
