"""Wrong: validates the threshold as 'above chance' (0.5 < threshold <= 1) and raises ValueError otherwise, so a threshold of 0.5 is refused; breaks 'Return a callback that ends training once accuracy reaches `threshold`' (any threshold, 0.5 included)."""

EXERCISE, VERDICT, SAYS = "callbacks.stop_at_accuracy", "wrong", "stop_at_accuracy() raised ValueError"

MUTATE = [
    ('        super().__init__()\n        self.threshold = threshold',
     '        super().__init__()\n'
     '        if not 0.5 < threshold <= 1.0:\n'
     '            raise ValueError(f"threshold must be above chance and at most 1, got {threshold}")\n'
     '        self.threshold = threshold'),
]
