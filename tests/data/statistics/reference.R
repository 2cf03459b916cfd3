# SPDX-FileCopyrightText: 2026 Vigie contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reference values for tests/core/StatisticsTest.cpp, printed by R's own functions:
#   Rscript tests/data/statistics/reference.R
# The values in the test were copied from this output (R 4.2.2). Tables are written row by row.

options(digits = 17)
num <- function(x) ifelse(is.nan(x), "NaN", sprintf("%.17g", x))
vec <- function(x) paste0("{ ", paste(num(x), collapse = ", "), " }")
mat <- function(m) paste0("{ ", paste(apply(m, 1, vec), collapse = ", "), " }")
table_of <- function(rows) matrix(unlist(rows), nrow = length(rows), byrow = TRUE)

cat("R:", R.version.string, "\n\n")

cat("# Wilson: prop.test(x, n, conf.level, correct = FALSE)$conf.int -> x, n, conf, low, high\n")
wilson <- list(c(0, 10, 0.95), c(10, 10, 0.95), c(161, 268, 0.95), c(24, 161, 0.95), c(1, 1, 0.95),
               c(5, 7, 0.90), c(5, 7, 0.99), c(1, 1000, 0.95), c(999, 1000, 0.95), c(37, 80, 0.95))
for (w in wilson) {
    ci <- suppressWarnings(prop.test(w[1], w[2], conf.level = w[3], correct = FALSE))$conf.int
    cat(sprintf("{ %d, %d, %s, %s, %s },\n", w[1], w[2], num(w[3]), num(ci[1]), num(ci[2])))
}

cat("\n# qnorm(p) -> p, q\n")
for (p in c(0.975, 0.5, 0.995, 0.025, 0.95, 1e-10, 0.02425, 0.02, 0.3, 0.7, 0.999, 1e-300, 1 - 1e-12, 0.6, 0.5 + 1e-9, 0.49999))
    cat(sprintf("{ %s, %s },\n", num(p), num(qnorm(p))))

cat("\n# pchisq(x, df, lower.tail = FALSE) -> x, df, p\n")
chisq <- list(c(3.84, 1), c(3.8414588206941236, 1), c(10, 3), c(100, 1), c(0.5, 2), c(25, 8), c(200, 150),
              c(1e-3, 5), c(50, 30), c(1.5, 1), c(700, 1), c(0.2, 1), c(30, 30), c(1000, 900), c(6, 4),
              c(29.5, 12))
for (x in chisq)
    cat(sprintf("{ %s, %d, %s },\n", num(x[1]), x[2], num(pchisq(x[1], x[2], lower.tail = FALSE))))

cat("\n# Fisher 2x2: fisher.test(table)$p.value -> a, b, c, d, p\n")
fisher2 <- list(c(3, 1, 1, 3), c(0, 5, 6, 0), c(0, 12, 5, 8), c(161, 107, 24, 137), c(7, 2, 3, 9),
                c(10, 10, 10, 10), c(1, 0, 0, 0), c(2, 30, 1, 40))
for (f in fisher2) {
    p <- fisher.test(matrix(f, 2, byrow = TRUE))$p.value
    cat(sprintf("{ %d, %d, %d, %d, %s },\n", f[1], f[2], f[3], f[4], num(p)))
}

cat("\n# Contingency tables: chisq.test(t, correct = FALSE) and fisher.test(t)\n")
tables <- list(
    size_classes_2x3 = list(c(55, 78, 40), c(45, 22, 10)),
    size_classes_2x5 = list(c(12, 30, 45, 38, 20), c(40, 52, 41, 18, 6)),
    small_2x2 = list(c(3, 1), c(1, 3)),
    zeros_2x2 = list(c(0, 5), c(6, 0)),
    low_3x3 = list(c(10, 2, 8), c(12, 1, 9), c(15, 4, 3)),
    low_2x4 = list(c(3, 0, 2, 5), c(1, 4, 6, 0)),
    rare_column_3x3 = list(c(400, 300, 2), c(500, 250, 1), c(600, 100, 0)),
    monte_carlo_3x6 = list(c(12, 9, 6, 4, 2, 1), c(3, 5, 7, 9, 6, 2), c(2, 3, 4, 3, 2, 1)))
for (name in names(tables)) {
    t <- table_of(tables[[name]])
    ct <- suppressWarnings(chisq.test(t, correct = FALSE))
    fp <- fisher.test(t, workspace = 2e8)$p.value
    cat(sprintf("%s: table %s\n", name, mat(t)))
    cat(sprintf("  statistic %s df %d p.value %s\n", num(ct$statistic), ct$parameter, num(ct$p.value)))
    cat(sprintf("  expected %s\n", mat(ct$expected)))
    cat(sprintf("  stdres %s\n", mat(ct$stdres)))
    cat(sprintf("  min expected %s, cells below 5: %d\n", num(min(ct$expected)), sum(ct$expected < 5)))
    cat(sprintf("  fisher.test p.value %s\n", num(fp)))
}

# Validation (issue #12). The irr package is not in Debian 12: kappa2 and kripp.alpha are written
# below as irr writes them (irr 0.84.1, unweighted kappa2 and the nominal branch of kripp.alpha),
# and checked against the published worked examples first.
kappa2_unweighted <- function(a, b) {
    lv <- sort(unique(c(a, b)))
    t <- table(factor(a, levels = lv), factor(b, levels = lv))
    n <- sum(t)
    po <- sum(diag(t)) / n
    pe <- sum(rowSums(t) * colSums(t)) / n^2
    (po - pe) / (1 - pe)
}
kripp_nominal <- function(m) { # m: coders x units, NA for a value not given
    values <- sort(unique(na.omit(as.vector(m))))
    o <- matrix(0, length(values), length(values))
    for (u in seq_len(ncol(m))) {
        v <- na.omit(m[, u])
        mu <- length(v)
        if (mu < 2) next
        for (i in seq_len(mu)) for (j in seq_len(mu)) if (i != j) {
            a <- match(v[i], values); b <- match(v[j], values)
            o[a, b] <- o[a, b] + 1 / (mu - 1)
        }
    }
    nc <- rowSums(o); n <- sum(nc)
    1 - (n - 1) * (sum(o) - sum(diag(o))) / (n^2 - sum(nc^2))
}

cat("\n# Cohen's kappa (irr::kappa2 unweighted): rater a, rater b -> kappa\n")
kappas <- list(
    list(c(rep(1, 20), rep(1, 5), rep(0, 10), rep(0, 15)), c(rep(1, 20), rep(0, 5), rep(1, 10), rep(0, 15))),
    list(c(1, 1, 2, 2, 3, 3, 3, 1, 2, 3), c(1, 2, 2, 2, 3, 1, 3, 1, 3, 3)),
    list(c(rep(1, 45), rep(0, 5), rep(1, 15), rep(0, 35)), c(rep(1, 45), rep(1, 5), rep(0, 15), rep(0, 35))))
for (k in kappas) cat(sprintf("table %s kappa %s\n", paste(table(k[[1]], k[[2]]), collapse = " "), num(kappa2_unweighted(k[[1]], k[[2]]))))

cat("\n# Krippendorff's alpha, nominal (irr::kripp.alpha): coders x units -> alpha\n")
# Krippendorff (2011), the reliability data with missing values of section C: alpha = 0.743.
kd <- matrix(c(1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA,
               1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3,
               NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA,
               1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA), nrow = 4, byrow = TRUE)
cat(sprintf("krippendorff 2011 C %s\n", num(kripp_nominal(kd))))
two <- matrix(c(1, 1, 0, 0, 1, 0, 1, 1, 0, 0,
                1, 0, 0, 0, 1, 0, 1, 1, 1, 0), nrow = 2, byrow = TRUE)
cat(sprintf("two coders binary %s\n", num(kripp_nominal(two))))
three <- matrix(c(1, 1, 0, NA, 1, 0, 1, 1,
                  1, 0, 0, 0, 1, NA, 1, 1,
                  NA, 1, 0, 0, 1, 0, 0, 1), nrow = 3, byrow = TRUE)
cat(sprintf("three coders binary, missing %s\n", num(kripp_nominal(three))))

cat("\n# Rogan-Gladen with the delta-method interval: a, n, se, nse, sp, nsp -> t, low, high\n")
rg <- function(a, n, se, nse, sp, nsp) {
    j <- se + sp - 1; t <- (a + sp - 1) / j
    v <- (a * (1 - a) / n + t^2 * se * (1 - se) / nse + (1 - t)^2 * sp * (1 - sp) / nsp) / j^2
    z <- qnorm(0.975)
    c(t, max(0, t - z * sqrt(v)), min(1, t + z * sqrt(v)))
}
for (r in list(c(0.2, 500, 0.9, 60, 0.95, 140), c(0.6, 268, 0.85, 40, 0.9, 60), c(0.87, 75, 0.95, 120, 0.8, 30)))
    cat(sprintf("{ %s, %s, %s, %s, %s, %s, %s, %s, %s },\n", num(r[1]), num(r[2]), num(r[3]), num(r[4]), num(r[5]), num(r[6]),
                num(rg(r[1], r[2], r[3], r[4], r[5], r[6])[1]), num(rg(r[1], r[2], r[3], r[4], r[5], r[6])[2]),
                num(rg(r[1], r[2], r[3], r[4], r[5], r[6])[3])))

cat("\n# Wilson on a share and an effective size (the formula of prop.test, correct = FALSE)\n")
ww <- function(p, n, conf = 0.95) {
    z <- qnorm(1 - (1 - conf) / 2)
    d <- 1 + z^2 / n; c0 <- (p + z^2 / (2 * n)) / d; h <- z / d * sqrt(p * (1 - p) / n + z^2 / (4 * n^2))
    c(max(0, c0 - h), min(1, c0 + h))
}
for (w in list(c(0.8, 37.5), c(0.95, 12.25), c(0.5, 2.5))) cat(sprintf("{ %s, %s, %s, %s },\n", num(w[1]), num(w[2]), num(ww(w[1], w[2])[1]), num(ww(w[1], w[2])[2])))
