// floorcross: show a body's composition as soon as a date is picked (the form still works without script).
document.addEventListener("DOMContentLoaded", function () {
  var picker = document.querySelector("form.at input[type=date]");
  if (picker) {
    picker.addEventListener("change", function () {
      if (picker.value) { picker.form.submit(); }
    });
  }
});
