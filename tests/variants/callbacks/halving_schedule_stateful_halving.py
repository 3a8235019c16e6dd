"""Wrong: keeps the rate in a closure and halves it whenever a period starts, so the rate depends on the calls made before (a second fit starts from the halved rate, a repeated epoch halves again); breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""

EXERCISE, VERDICT, SAYS = "callbacks.halving_schedule", "wrong", 'each rate from its epoch alone'

MUTATE = [
    (
        '    def schedule(epoch, rate):\n        return initial_rate * 0.5 ** (epoch // every)\n',
        '    state = {"rate": initial_rate}\n\n    def schedule(epoch, rate):\n        if epoch > 0 and epoch % every == 0:\n            state["rate"] *= 0.5  # one more halving at the start of each period\n        return state["rate"]\n',
    ),
]
