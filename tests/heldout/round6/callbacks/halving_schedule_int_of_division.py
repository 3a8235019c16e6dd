"""Right: whole periods as int(epoch / every), which equals epoch // every for epochs >= 0."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "done"
MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '''        periods = int(epoch / every)
        return float(initial_rate * (1 / 2) ** periods)'''),
]
