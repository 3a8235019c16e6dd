"""Wrong: also prints a newline when training ends, to tidy the output; breaks 'So 250 epochs print a newline, 100 dots, a newline, 100 dots, a newline, 50 dots' (nothing after the last dot)."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
SAYS = 'nothing when training begins or ends'
MUTATE = [
    ('''        print(".", end="")


def progress_dots():''',
     '''        print(".", end="")

    def on_train_end(self, logs=None):
        print("")  # finish the line of dots


def progress_dots():'''),
]
