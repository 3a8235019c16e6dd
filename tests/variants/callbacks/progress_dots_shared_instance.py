"""Wrong: returns one module-level PrintDot instance on every call, shared by every fit that uses it; breaks 'Returns: an instance of your keras.callbacks.Callback subclass.' (made anew each call)."""
EXERCISE, VERDICT, SAYS = "callbacks.progress_dots", "wrong", 'module variable _DOTS'

MUTATE = [
    ('def progress_dots():\n    return PrintDot()',
     '_DOTS = PrintDot()\n\n\ndef progress_dots():\n    return _DOTS'),
]
