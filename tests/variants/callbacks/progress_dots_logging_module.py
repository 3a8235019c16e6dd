"""Wrong: reports progress with the logging module (a library habit), which writes to stderr with its own line ends; breaks 'one dot per finished epoch (not per batch), with no newline after it'."""

EXERCISE, VERDICT, SAYS = "callbacks.progress_dots", "wrong", "dots"

MUTATE = [
    ('if epoch % 100 == 0:\n            print("")\n        print(".", end="")',
     'import logging\n        if epoch % 100 == 0:\n            logging.warning("")\n        logging.warning(".")'),
]
