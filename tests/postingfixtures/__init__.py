"""Generated posting fixtures (pages, ATS answers) and a loopback server that serves them."""
