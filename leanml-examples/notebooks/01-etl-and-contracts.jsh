// Research ticket: ETL and contracts for the spam filter.
// Question: can we load the e-mail features, state what the model may consume, and catch
// bad serving rows before they reach a model?
// Run: ./leanml notebook leanml-examples/notebooks/01-etl-and-contracts.jsh

import org.leanml.core.contract.*;
import org.leanml.core.fingerprint.*;
import org.leanml.core.table.*;
import org.leanml.examples.Spambase;

// 1. ETL: the bundled UCI Spambase copy (doi:10.24432/C53G6X, CC BY 4.0).
Table data = Spambase.load();
System.out.println(data);

// 2. The input contract: every feature is a non-negative, finite frequency or count.
var specs = new java.util.ArrayList<FeatureSpec>();
for (String f : Spambase.features()) specs.add(FeatureSpec.numeric(f).withRange(0, Double.POSITIVE_INFINITY));
InputContract input = new InputContract(specs);
OutputContract output = Spambase.outputContract();

ValidationResult ok = input.validate(data);
System.out.println("training data satisfies the contract: " + ok.isValid());
System.out.println("labels valid: " + output.validate(data, 10).isValid());

// 3. A serving row with a negative frequency is caught, naming row, column and rule.
Table bad = data.head(2).withColumn(NumericColumn.of("make", 0.1, -3.0));
ValidationResult caught = input.validate(bad);
System.out.println(caught.violations());
if (caught.isValid()) throw new AssertionError("the negative frequency was not caught");

// 4. Versioned data: the fingerprint identifies exactly these rows and values.
Fingerprint fp = Fingerprints.of(data);
System.out.println("data fingerprint " + fp.shortHex());
if (!fp.equals(Fingerprints.of(Spambase.load()))) throw new AssertionError("fingerprint unstable");

// Decision: the contract holds on all 4,601 rows; ship it with every model version.
/exit
