"""Wrong: copied the training call for the validation part and left subset="training" in it, so both parts are the same 80 %; breaks 'Together the two parts hold every file exactly once.'"""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('subset="validation", **common)',
     'subset="training", **common)'),
]
