"""The message view: a conversation's active branch, rendered and selectable."""
