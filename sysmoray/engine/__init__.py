"""The sweep (DESIGN §2): Ray actors around plain objects, a streaming driver, resume."""
