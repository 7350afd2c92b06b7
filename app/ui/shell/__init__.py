"""The shell: the application, its main window and status bar, settings, and the
lock controller that tears the window down and builds it again."""
