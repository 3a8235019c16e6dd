"""Wrong: smooths every curve with an exponential moving average (TensorBoard's smoothing 0.6) before plotting it; breaks 'the validation curve, "val_" + key, dashed, and the training curve, key, solid'."""

EXERCISE, VERDICT = "overfitting.plot_history", "wrong"

MUTATE = [
    ('    for name, history in histories:\n        curves = _curves(history)\n        epochs = range(1, len(curves[key]) + 1)\n        val = ax.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")\n        ax.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")',
     '    def smooth(values, weight=0.6):\n        out, last = [], values[0]\n        for value in values:\n            last = weight * last + (1 - weight) * value\n            out.append(last)\n        return out\n\n    for name, history in histories:\n        curves = _curves(history)\n        epochs = range(1, len(curves[key]) + 1)\n        val = ax.plot(epochs, smooth(curves["val_" + key]), "--", label=name.title() + " Val")\n        ax.plot(epochs, smooth(curves[key]), color=val[0].get_color(), label=name.title() + " Train")'),
]
