"""The Qt user interface: widgets, item models, delegates. No SQL lives here."""
