"""Wrong: the learner sorted each class's file names but walked the classes in os.listdir's order; the one generator is shared by the classes, so which files a class gets depends on which classes came before it, and a file system that lists the folders in another order picks other files with the same seed; breaks 'whatever order the file system lists them in (so pick among the sorted names, class by class in sorted order)'."""

EXERCISE, VERDICT = "transfer.make_subset", "wrong"

MUTATE = [
    ('    for class_name in sorted(os.listdir(source_dir)):',
     '    for class_name in os.listdir(source_dir):'),
]
