"""The settings panel (``settingsPanel``) and the shell's own pages."""
