"""The day as a list, beside the grid (View → List view): the sessions of the day shown in time order,
grouped by start time, with the same marks, filters, search, selection and keys as the grid."""
