"""The Qt user interface: thin widgets over desktop_app.core."""
