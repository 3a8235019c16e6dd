"""Wrong: wraps the dots at the terminal's width (shutil.get_terminal_size().columns, 80 when there is no terminal) instead of every 100 epochs; breaks 'a new line started before the dots of epochs 0, 100, 200, ...'."""

EXERCISE, VERDICT, SAYS = "callbacks.progress_dots", "wrong", "lines"

MUTATE = [
    ('import os\n', 'import os\nimport shutil\n'),
    ('        if epoch % 100 == 0:\n            print("")',
     '        if epoch % shutil.get_terminal_size().columns == 0:  # wrap at the window edge, not a fixed 100\n'
     '            print("")'),
]
