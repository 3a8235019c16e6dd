"""Wrong: Save_best_only=True with no validation data, so nothing is written; breaks 'at the end of every epoch (not only the best one)'."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"
MUTATE = [
    ('save_best_only=False',
     'save_best_only=True'),
]
