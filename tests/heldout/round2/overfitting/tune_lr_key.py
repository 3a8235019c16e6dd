"""Wrong: Returned the rate under the key 'lr'; breaks '({"learning_rate": ..., "units": ..., "dropout": ...}, best_score)'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('{"learning_rate": best[0]',
     '{"lr": best[0]'),
]
