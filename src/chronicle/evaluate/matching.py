"""Maximum-weight bipartite matching (Hungarian algorithm), for one-to-one event pairing.

Articles hold a few dozen events at most, so the O(n²m) dense version is
plenty and keeps the scorer free of numerical dependencies. Weights are
integers, so the optimum is exact and the result deterministic.
"""

from __future__ import annotations

_INFINITY = float("inf")


def max_weight_matching(weights: list[list[int]]) -> list[tuple[int, int]]:
    """Pairs (row, column) maximising the total weight; a weight <= 0 means "no edge".

    Returns the pairs sorted by row; rows and columns appear at most once.
    """
    if not weights or not weights[0]:
        return []
    transposed = len(weights) > len(weights[0])
    matrix = [list(column) for column in zip(*weights)] if transposed else weights
    assignment = _assign(matrix)
    pairs = [(row, column) for row, column in assignment if matrix[row][column] > 0]
    if transposed:
        pairs = [(column, row) for row, column in pairs]
    return sorted(pairs)


def _assign(weights: list[list[int]]) -> list[tuple[int, int]]:
    """Assign every row (rows <= columns) to a distinct column with maximum total weight.

    The classic potentials formulation (minimising cost = -weight), 1-based
    with column 0 as the virtual start.
    """
    rows, columns = len(weights), len(weights[0])
    u = [0] * (rows + 1)
    v = [0] * (columns + 1)
    owner = [0] * (columns + 1)  # owner[j]: row assigned to column j (0: none)
    way = [0] * (columns + 1)
    for row in range(1, rows + 1):
        owner[0] = row
        j0 = 0
        slack: list[float] = [_INFINITY] * (columns + 1)
        used = [False] * (columns + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], _INFINITY, 0
            for j in range(1, columns + 1):
                if used[j]:
                    continue
                cost = -weights[i0 - 1][j - 1] - u[i0] - v[j]
                if cost < slack[j]:
                    slack[j], way[j] = cost, j0
                if slack[j] < delta:
                    delta, j1 = slack[j], j
            for j in range(columns + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    slack[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return [(owner[j] - 1, j - 1) for j in range(1, columns + 1) if owner[j]]
