"""Wrong: drops records equal to an earlier one ("clean the duplicates"), so repeated examples appear once; breaks 'Each object is one example, in the file's order'."""
EXERCISE, VERDICT, SAYS = "data.json_dataset", "wrong", 'found 7'
MUTATE = [("            records = json.load(file)\n",
           "            records = json.load(file)\n    unique = []\n    for record in records:\n        if record not in unique:\n            unique.append(record)\n    records = unique\n")]
