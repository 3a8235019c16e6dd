"""Wrong: returns (model, base) so that fine-tuning can reach the base; breaks 'the compiled model: 2 trainable variables (the output's kernel and bias)'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('    return model\n\n\ndef efficientnet_model',
     '    return model, base\n\n\ndef efficientnet_model'),
]
