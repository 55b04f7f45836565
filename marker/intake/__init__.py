"""The one road: Document -> Suggestion -> Decision -> Marked -> recorded."""
