"""Wrong: cleans the table by dropping repeated rows (dict.fromkeys over each row's values), so two identical rows make one example; breaks 'Each example, one per row, in the file's order'."""

EXERCISE, VERDICT, SAYS = "data.csv_dataset", "wrong", 'examples'

MUTATE = [
    ('    rows = [row for row in rows if row[label_name] != ""]',
     '    rows = [row for row in rows if row[label_name] != ""]\n    rows = [dict(zip(rows[0].keys(), values)) for values in dict.fromkeys(tuple(row.values()) for row in rows)]'),
]
