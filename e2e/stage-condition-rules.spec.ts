// Stage-condition rules in the inspector (issue 15): the rule catalogue gives each rule type its
// fields (dropdowns for enumerated values, required keys, descriptions), the validator checks them,
// and the stage form offers only the results the validator accepts (issue 18 item 8).
// The team's fixture json/07-stage-conditions.json: a SKIP entry condition with a CloudWatchAlarm
// rule and a VariableCheck rule with a lower-case operator and no Value; onFailure RETRY.
import { expect, test } from './fixtures.js';
import { fixtureFile, importFile, inspector, problemRows } from './panels-helpers.js';

test('rule forms offer each rule type its keys and values, and their problems go away as they are fixed', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 960 });
  await page.goto('/');
  const review = await importFile(page, fixtureFile('json/07-stage-conditions.json'));
  await review.getByRole('button', { name: 'Done' }).click();
  await expect(review).toBeHidden();

  const rows = problemRows(page);
  const row = (ruleId: string) => rows.filter({ has: page.locator(`code:text-is("${ruleId}")`) });
  await expect(row('condition-skip-rules')).toHaveCount(1);
  await expect(row('rule-config-value')).toHaveCount(1);
  await expect(row('rule-config-required')).toHaveCount(1);
  // onFailure RETRY without retryConfiguration is valid: no stage-conditions problem.
  await expect(row('stage-conditions')).toHaveCount(0);

  // The operator problem leads to the rule's Operator dropdown, which offers VariableCheck's operators.
  await row('rule-config-value').getByRole('button').first().click();
  const panel = inspector(page);
  const operator = panel.getByLabel('Condition 1 rule 2 Operator', { exact: true });
  await expect(operator).toBeFocused();
  await expect(operator).toHaveAttribute('aria-invalid', 'true');
  for (const value of ['EQ', 'CONTAINS', 'MATCHES', 'NE'])
    await expect(operator.locator(`option[value="${value}"]`)).toHaveCount(1);
  await operator.selectOption('EQ');
  await expect(row('rule-config-value')).toHaveCount(0);

  // The missing Value is a required field with its description.
  const rule2 = panel.getByRole('group', { name: 'Condition 1 rule 2', exact: true });
  await expect(rule2).toContainText('Required. The value the variable is compared with.');
  const value = panel.getByLabel('Condition 1 rule 2 Value', { exact: true });
  await value.fill('"0a1b2c"');
  await value.press('Enter');
  await expect(row('rule-config-required')).toHaveCount(0);

  // A SKIP entry condition takes only LambdaInvoke and VariableCheck: switching the alarm rule's type
  // clears that problem, and the form now asks for the Lambda function.
  const provider = panel.getByLabel('Condition 1 rule 1 provider', { exact: true });
  for (const name of ['CloudWatchAlarm', 'CodeBuild', 'Commands', 'DeploymentWindow', 'LambdaInvoke', 'VariableCheck'])
    await expect(provider.locator(`option[value="${name}"]`)).toHaveCount(1);
  await provider.selectOption('LambdaInvoke');
  await expect(row('condition-skip-rules')).toHaveCount(0);
  await expect(panel.getByLabel('Condition 1 rule 1 FunctionName', { exact: true })).toBeVisible();
  await expect(row('rule-config-required')).toHaveCount(1);
  // The alarm's key is now foreign to the rule type, and said so.
  await expect(row('rule-config-unknown')).toHaveCount(1);

  // The stage form's results are the validator's: entry conditions FAIL or SKIP; on failure ROLLBACK, RETRY, FAIL.
  const result = panel.getByLabel('Condition 1 result', { exact: true });
  await expect(result.locator('option:not([value=""])')).toHaveText(['FAIL', 'SKIP']);
  const onFailure = panel.getByLabel('On failure', { exact: true });
  await expect(onFailure).toHaveValue('RETRY');
  await expect(onFailure.locator('option:not([value=""])')).toHaveText(['ROLLBACK', 'RETRY', 'FAIL']);
});
