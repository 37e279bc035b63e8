"""The report's sections, one module per group: `overview` (summary, cycles, regions, types), `model`,
`quality`, `facts` and `reference` (methods, data dictionary, citation, downloads). Each section
function takes the run's inputs and the language's labels and returns an HTML fragment.
"""
