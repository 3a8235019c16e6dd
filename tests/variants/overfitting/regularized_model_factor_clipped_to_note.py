"""Wrong: clips the factor to at most the note's 0.001 ("a larger penalty only underfits"), so the grader's l2 factor of 0.003 becomes 0.001; breaks 'The penalty of `kind`, with your `factor`, goes on the kernels'."""

EXERCISE, VERDICT, SAYS = "overfitting.regularized_model", "wrong", "penalty"

MUTATE = [
    ('    def penalty():\n',
     '    factor = min(factor, 0.001)  # guard: more than the note\'s 0.001 only underfits\n'
     '\n'
     '    def penalty():\n'),
]
