"""Fee and deadline rules of the four land-act state service standards (Resolution No. 102 of 2010).

Standard library only and no I/O: the same package runs in CPython (tests, CLI, generator) and,
as a wheel, in Pyodide in the browser. The rules are small objects built from plain data (the
bundle made by ``generator.load.bundle``); ``calculator.api.handle`` is the one JSON-in/JSON-out entry
point. The words a user reads come in the bundle too (``bundle["strings"]``, from
data/strings/calculator.yaml); ``calculator.messages`` formats them, in Kazakh and Russian.
"""
