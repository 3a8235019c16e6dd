"""Wrong: the mix stops as soon as one source runs out."""
EXERCISE, VERDICT, SAYS = 'data.combine_sources', "wrong", 'stop_on_empty_dataset=False'
MUTATE = [('seed=0, stop_on_empty_dataset=False)', 'seed=0, stop_on_empty_dataset=True)')]
