"""Wrong: the shuffle buffer is hard-coded as 1000, not the shuffle_buffer given."""
EXERCISE, VERDICT, SAYS = 'data.fast_pipeline', "wrong", 'buffer you were given'
MUTATE = [('.shuffle(shuffle_buffer)', '.shuffle(1000)')]
