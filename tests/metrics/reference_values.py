#!/usr/bin/python3
"""Development aid (not run by the tests): prints the expected values that
binary_metrics_test.cpp and pixel_metrics_test.cpp hard-code.

Image-level values come from scikit-learn (Debian python3-sklearn 1.2.1):
roc_auc_score, average_precision_score, precision_recall_curve. AU-PRO comes
from a deliberately naive evaluation of the definition (one pass over the
whole map per distinct threshold, scipy.ndimage.label with a 3x3 structure
for 8-connected regions), independent of the C++ single-sweep code.
Run with /usr/bin/python3 (needs numpy, scipy, sklearn)."""
import numpy as np
from scipy import ndimage
from sklearn.metrics import average_precision_score, precision_recall_curve, roc_auc_score


def image_metrics(scores, labels):
    s = np.asarray(scores, dtype=np.float32)
    y = np.asarray(labels)
    p, r, _ = precision_recall_curve(y, s)
    with np.errstate(invalid="ignore", divide="ignore"):
        f1 = np.where(p + r > 0, 2 * p * r / (p + r), 0.0)
    return roc_auc_score(y, s), average_precision_score(y, s), f1.max()


def au_pro_naive(maps, masks, connectivity=8, limit=0.3):
    structure = np.ones((3, 3)) if connectivity == 8 else None
    regions, normal = [], []
    for m, g in zip(maps, masks):
        lab, n = ndimage.label(g != 0, structure=structure)
        regions += [m[lab == k] for k in range(1, n + 1)]
        normal.append(m[lab == 0])
    normal = np.concatenate(normal)
    xs, ys = [0.0], [0.0]
    for t in np.unique(np.concatenate([m.ravel() for m in maps]))[::-1]:
        xs.append(np.mean(normal >= t))
        ys.append(np.mean([np.mean(r >= t) for r in regions]))
    area = 0.0
    for i in range(1, len(xs)):
        x0, y0, x1, y1 = xs[i - 1], ys[i - 1], xs[i], ys[i]
        if x1 >= limit:
            y_at = y1 if x1 == x0 else y0 + (y1 - y0) * (limit - x0) / (x1 - x0)
            area += (limit - x0) * (y0 + y_at) / 2
            break
        area += (x1 - x0) * (y0 + y1) / 2
    return area / limit


def pixel_metrics(maps, masks):
    s = np.concatenate([m.ravel() for m in maps])
    y = np.concatenate([(g != 0).ravel() for g in masks]).astype(int)
    _, _, f1 = image_metrics(s, y)
    return roc_auc_score(y, s), f1, au_pro_naive(maps, masks)


def formula_case():
    """Three 24x20 maps with many ties: the same formula as formulaMap() in C++."""
    maps, masks = [], []
    for i in range(3):
        yy, xx = np.mgrid[0:20, 0:24]
        m = (((xx * 7 + yy * 13 + i * 29) % 17) / 16.0).astype(np.float32)
        g = np.zeros((20, 24), np.uint8)
        if i >= 1:
            g[3:8, 4:10] = 255          # a block
            m[3:8, 4:10] += np.float32(0.25)
        if i == 2:
            for k in range(6):          # a diagonal line: one 8-connected region
                g[10 + k, 14 + k] = 255
                m[10 + k, 14 + k] += np.float32(0.5)
        maps.append(m.astype(np.float32))
        masks.append(g)
    return maps, masks


def corner_case(connectivity):
    m = np.array([[0.9, 0.1, 0.0, 0.0],
                  [0.2, 0.3, 0.0, 0.6],
                  [0.0, 0.0, 0.7, 0.5],
                  [0.4, 0.0, 0.0, 0.8]], np.float32)
    g = np.array([[1, 0, 0, 0],
                  [0, 1, 0, 0],
                  [0, 0, 0, 1],
                  [0, 0, 0, 1]], np.uint8)
    return au_pro_naive([m], [g], connectivity)


if __name__ == "__main__":
    np.set_printoptions(precision=17)
    cases = {
        "simple": ([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]),
        "ties": ([0.5, 0.5, 0.2, 0.8, 0.5, 0.1, 0.2, 0.9], [1, 0, 0, 1, 1, 0, 1, 0]),
        "all_tied": ([0.3, 0.3, 0.3, 0.3, 0.3], [1, 0, 0, 1, 0]),
    }
    for name, (s, y) in cases.items():
        print(name, "auroc %.17g ap %.17g f1max %.17g" % image_metrics(s, y))
    print("formula pixel auroc %.17g f1max %.17g au_pro %.17g" % pixel_metrics(*formula_case()))
    print("corner au_pro 8-conn %.17g 4-conn %.17g" % (corner_case(8), corner_case(4)))
