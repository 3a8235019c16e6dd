"""Wrong: gives csv.DictReader restval='0' believing it fills empty fields and then calls float(row[name]) directly; restval only fills absent trailing columns, so an empty field stays '' and float('') raises; breaks 'a missing feature becomes 0.0'."""

EXERCISE, VERDICT = 'data.csv_dataset', 'wrong'

MUTATE = [
    ('rows = list(csv.DictReader(file))',
     'rows = list(csv.DictReader(file, restval="0"))'),
    ('float(row[name] or 0.0)',
     'float(row[name])'),
]
