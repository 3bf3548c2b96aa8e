"""Small dialogs of the shell: About, and the delete confirmation."""
