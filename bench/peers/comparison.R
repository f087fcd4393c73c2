# Task 1 peer (R half): DeLong's paired test with pROC on label,baseline,candidate.
# Usage: Rscript comparison.R FILE.csv REPS   prints one JSON object (AUCs, z, p, median seconds)
suppressPackageStartupMessages(library(pROC))
args <- commandArgs(trailingOnly = TRUE)
reps <- as.integer(args[2])
t0 <- Sys.time()
d <- read.csv(args[1], colClasses = c("integer", "numeric", "numeric"))
load <- as.numeric(difftime(Sys.time(), t0, units = "secs"))
times <- numeric(reps)
for (i in seq_len(reps)) {
  t <- Sys.time()
  rb <- roc(d$label, d$baseline, levels = c(0, 1), direction = "<", quiet = TRUE)
  rc <- roc(d$label, d$candidate, levels = c(0, 1), direction = "<", quiet = TRUE)
  # roc.test(roc1, roc2) reports Z for auc1 - auc2: pass the candidate first to match leanml's sign
  tst <- roc.test(rc, rb, method = "delong", paired = TRUE)
  times[i] <- as.numeric(difftime(Sys.time(), t, units = "secs"))
}
cat(sprintf(paste0('{"auc_baseline": %.17g, "auc_candidate": %.17g, "delong_z": %.17g, ',
                   '"delong_p": %.17g, "load_seconds": %.4f, "compute_seconds_median": %.4f}\n'),
            as.numeric(auc(rb)), as.numeric(auc(rc)), unname(tst$statistic), tst$p.value,
            load, median(times)))
