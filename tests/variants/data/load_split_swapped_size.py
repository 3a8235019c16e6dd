"""Wrong: image_size read as (width, height)."""
EXERCISE, VERDICT, SAYS = 'data.load_split', "wrong", 'image_size'
MUTATE = [('common = dict(image_size=image_size,', 'common = dict(image_size=image_size[::-1],')]
