"""Wrong: int() truncates 0.2 files to none: a class goes missing."""
EXERCISE, VERDICT, SAYS = "transfer.make_subset", "wrong", 'no class may go missing'
MUTATE = [('max(1, round(len(files) * fraction))', 'int(len(files) * fraction)')]
