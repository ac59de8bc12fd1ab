; ModuleID = 'tiny'
source_filename = "tiny"

@eic_grad_units = constant i64 257
@eic_gain_floats = constant i64 256

define void @eic_gains(ptr %params, ptr %gains) {
entry:
  %0 = getelementptr float, ptr %params, i64 65536
  %1 = getelementptr float, ptr %gains, i64 0
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ 0, %entry ], [ %4, %body ]
  %2 = icmp slt i64 %i, 256
  br i1 %2, label %body, label %done

body:                                             ; preds = %loop
  %3 = getelementptr float, ptr %1, i64 %i
  store <8 x float> zeroinitializer, ptr %3, align 4
  %4 = add i64 %i, 8
  br label %loop

done:                                             ; preds = %loop
  br label %loop1

loop1:                                            ; preds = %done7, %done
  %i4 = phi i64 [ 0, %done ], [ %13, %done7 ]
  %5 = icmp slt i64 %i4, 1
  br i1 %5, label %body2, label %done3

body2:                                            ; preds = %loop1
  br label %loop5

done3:                                            ; preds = %loop1
  ret void

loop5:                                            ; preds = %done11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %21, %done11 ]
  %6 = icmp slt i64 %i8, 256
  br i1 %6, label %body6, label %done7

body6:                                            ; preds = %loop5
  %7 = mul i64 %i4, 256
  %8 = add i64 %7, %i8
  %9 = mul i64 %8, 256
  %10 = getelementptr float, ptr %0, i64 %9
  %11 = mul i64 %i4, 256
  %12 = getelementptr float, ptr %1, i64 %11
  br label %loop9

done7:                                            ; preds = %loop5
  %13 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %20, %body10 ]
  %14 = icmp slt i64 %i12, 256
  br i1 %14, label %body10, label %done11

body10:                                           ; preds = %loop9
  %15 = getelementptr float, ptr %12, i64 %i12
  %16 = getelementptr float, ptr %10, i64 %i12
  %17 = load <8 x float>, ptr %16, align 4
  %18 = load <8 x float>, ptr %15, align 4
  %19 = fadd <8 x float> %18, %17
  store <8 x float> %19, ptr %15, align 4
  %20 = add i64 %i12, 8
  br label %loop9

done11:                                           ; preds = %loop9
  %21 = add i64 %i8, 1
  br label %loop5
}

define void @eic_forward(ptr %params, ptr %gains, ptr %acts, i64 %b0, i64 %b1, i64 %seed, i64 %step, i64 %first, float %sigma) {
entry:
  %0 = alloca float, align 4
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = getelementptr float, ptr %params, i64 0
  br label %loop

loop:                                             ; preds = %done3, %entry
  %i = phi i64 [ 0, %entry ], [ %10, %done3 ]
  %6 = icmp slt i64 %i, 1
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  br label %loop1

done:                                             ; preds = %loop
  br label %loop17

loop1:                                            ; preds = %done7, %body
  %i4 = phi i64 [ 0, %body ], [ %16, %done7 ]
  %7 = icmp slt i64 %i4, 1
  br i1 %7, label %body2, label %done3

body2:                                            ; preds = %loop1
  %8 = mul i64 %i, 1
  %9 = add i64 %8, %i4
  br label %loop5

done3:                                            ; preds = %loop1
  %10 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %done11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %23, %done11 ]
  %11 = icmp slt i64 %i8, 256
  br i1 %11, label %body6, label %done7

body6:                                            ; preds = %loop5
  %12 = mul i64 %9, 256
  %13 = add i64 %12, %i8
  %14 = mul i64 %13, 256
  %15 = getelementptr float, ptr %5, i64 %14
  br label %loop9

done7:                                            ; preds = %loop5
  %16 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %done15, %body6
  %i12 = phi i64 [ %b0, %body6 ], [ %80, %done15 ]
  %17 = icmp slt i64 %i12, %b1
  br i1 %17, label %body10, label %done11

body10:                                           ; preds = %loop9
  %18 = mul i64 %i4, 256
  %19 = mul i64 %i12, 784
  %20 = add i64 %19, 0
  %21 = getelementptr float, ptr %acts, i64 %20
  %22 = getelementptr float, ptr %21, i64 %18
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop13

done11:                                           ; preds = %loop9
  %23 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %body14, %body10
  %i16 = phi i64 [ 0, %body10 ], [ %53, %body14 ]
  %24 = icmp slt i64 %i16, 256
  br i1 %24, label %body14, label %done15

body14:                                           ; preds = %loop13
  %25 = add i64 %i16, 0
  %26 = load <8 x float>, ptr %4, align 32
  %27 = getelementptr float, ptr %22, i64 %25
  %28 = load <8 x float>, ptr %27, align 4
  %29 = getelementptr float, ptr %15, i64 %25
  %30 = load <8 x float>, ptr %29, align 4
  %31 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %30, <8 x float> %28, <8 x float> %26)
  store <8 x float> %31, ptr %4, align 32
  %32 = add i64 %i16, 8
  %33 = load <8 x float>, ptr %3, align 32
  %34 = getelementptr float, ptr %22, i64 %32
  %35 = load <8 x float>, ptr %34, align 4
  %36 = getelementptr float, ptr %15, i64 %32
  %37 = load <8 x float>, ptr %36, align 4
  %38 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %37, <8 x float> %35, <8 x float> %33)
  store <8 x float> %38, ptr %3, align 32
  %39 = add i64 %i16, 16
  %40 = load <8 x float>, ptr %2, align 32
  %41 = getelementptr float, ptr %22, i64 %39
  %42 = load <8 x float>, ptr %41, align 4
  %43 = getelementptr float, ptr %15, i64 %39
  %44 = load <8 x float>, ptr %43, align 4
  %45 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %44, <8 x float> %42, <8 x float> %40)
  store <8 x float> %45, ptr %2, align 32
  %46 = add i64 %i16, 24
  %47 = load <8 x float>, ptr %1, align 32
  %48 = getelementptr float, ptr %22, i64 %46
  %49 = load <8 x float>, ptr %48, align 4
  %50 = getelementptr float, ptr %15, i64 %46
  %51 = load <8 x float>, ptr %50, align 4
  %52 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %51, <8 x float> %49, <8 x float> %47)
  store <8 x float> %52, ptr %1, align 32
  %53 = add i64 %i16, 32
  br label %loop13

done15:                                           ; preds = %loop13
  %54 = load <8 x float>, ptr %4, align 32
  %55 = load <8 x float>, ptr %3, align 32
  %56 = load <8 x float>, ptr %2, align 32
  %57 = load <8 x float>, ptr %1, align 32
  %58 = fadd <8 x float> %56, %57
  %59 = fadd <8 x float> %54, %55
  %60 = fadd <8 x float> %59, %58
  %61 = mul i64 %i12, 784
  %62 = add i64 %61, 256
  %63 = getelementptr float, ptr %acts, i64 %62
  %64 = getelementptr float, ptr %63, i64 %13
  %65 = extractelement <8 x float> %60, i32 0
  %66 = extractelement <8 x float> %60, i32 1
  %67 = extractelement <8 x float> %60, i32 2
  %68 = extractelement <8 x float> %60, i32 3
  %69 = extractelement <8 x float> %60, i32 4
  %70 = extractelement <8 x float> %60, i32 5
  %71 = extractelement <8 x float> %60, i32 6
  %72 = extractelement <8 x float> %60, i32 7
  %73 = fadd float %65, %66
  %74 = fadd float %67, %68
  %75 = fadd float %69, %70
  %76 = fadd float %71, %72
  %77 = fadd float %73, %74
  %78 = fadd float %75, %76
  %79 = fadd float %77, %78
  store float %79, ptr %64, align 4
  %80 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %done23, %done
  %i20 = phi i64 [ %b0, %done ], [ %89, %done23 ]
  %81 = icmp slt i64 %i20, %b1
  br i1 %81, label %body18, label %done19

body18:                                           ; preds = %loop17
  %82 = mul i64 %i20, 784
  %83 = add i64 %82, 256
  %84 = getelementptr float, ptr %acts, i64 %83
  %85 = mul i64 %i20, 784
  %86 = add i64 %85, 512
  %87 = getelementptr float, ptr %acts, i64 %86
  br label %loop21

done19:                                           ; preds = %loop17
  br label %loop33

loop21:                                           ; preds = %done27, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %91, %done27 ]
  %88 = icmp slt i64 %i24, 1
  br i1 %88, label %body22, label %done23

body22:                                           ; preds = %loop21
  br label %loop25

done23:                                           ; preds = %loop21
  %89 = add i64 %i20, 1
  br label %loop17

loop25:                                           ; preds = %done31, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %112, %done31 ]
  %90 = icmp slt i64 %i28, 256
  br i1 %90, label %body26, label %done27

body26:                                           ; preds = %loop25
  store float 0.000000e+00, ptr %0, align 4
  br label %loop29

done27:                                           ; preds = %loop25
  %91 = add i64 %i24, 1
  br label %loop21

loop29:                                           ; preds = %body30, %body26
  %i32 = phi i64 [ 0, %body26 ], [ %101, %body30 ]
  %92 = icmp slt i64 %i32, 1
  br i1 %92, label %body30, label %done31

body30:                                           ; preds = %loop29
  %93 = mul i64 %i24, 1
  %94 = add i64 %93, %i32
  %95 = mul i64 %94, 256
  %96 = add i64 %95, %i28
  %97 = getelementptr float, ptr %84, i64 %96
  %98 = load float, ptr %97, align 4
  %99 = load float, ptr %0, align 4
  %100 = fadd float %99, %98
  store float %100, ptr %0, align 4
  %101 = add i64 %i32, 1
  br label %loop29

done31:                                           ; preds = %loop29
  %102 = mul i64 %i24, 256
  %103 = add i64 %102, %i28
  %104 = add i64 0, %103
  %105 = getelementptr float, ptr %gains, i64 %104
  %106 = load float, ptr %105, align 4
  %107 = load float, ptr %0, align 4
  %108 = fmul float %107, %106
  %109 = icmp slt i64 %103, 10
  %110 = getelementptr float, ptr %87, i64 %103
  %111 = select i1 %109, float %108, float 0.000000e+00
  store float %111, ptr %110, align 4
  %112 = add i64 %i28, 1
  br label %loop25

loop33:                                           ; preds = %done39, %done19
  %i36 = phi i64 [ %b0, %done19 ], [ %125, %done39 ]
  %113 = icmp slt i64 %i36, %b1
  br i1 %113, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  ret void

loop37:                                           ; preds = %body38, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %124, %body38 ]
  %114 = icmp slt i64 %i40, 10
  br i1 %114, label %body38, label %done39

body38:                                           ; preds = %loop37
  %115 = mul i64 %i36, 784
  %116 = add i64 %115, 768
  %117 = getelementptr float, ptr %acts, i64 %116
  %118 = getelementptr float, ptr %117, i64 %i40
  %119 = mul i64 %i36, 784
  %120 = add i64 %119, 512
  %121 = getelementptr float, ptr %acts, i64 %120
  %122 = getelementptr float, ptr %121, i64 %i40
  %123 = load float, ptr %122, align 4
  store float %123, ptr %118, align 4
  %124 = add i64 %i40, 1
  br label %loop37

done39:                                           ; preds = %loop37
  %125 = add i64 %i36, 1
  br label %loop33
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

define void @eic_loss(ptr %acts, ptr %dacts, ptr %labels, i64 %b0, i64 %b1, i64 %batch, ptr %loss, ptr %correct) {
entry:
  %0 = alloca float, align 4
  %1 = alloca i64, align 8
  %2 = alloca float, align 4
  %3 = sitofp i64 %batch to float
  br label %loop

loop:                                             ; preds = %done11, %entry
  %i = phi i64 [ %b0, %entry ], [ %56, %done11 ]
  %4 = icmp slt i64 %i, %b1
  br i1 %4, label %body, label %done

body:                                             ; preds = %loop
  %5 = mul i64 %i, 784
  %6 = add i64 %5, 768
  %7 = getelementptr float, ptr %acts, i64 %6
  %8 = mul i64 %i, 784
  %9 = add i64 %8, 768
  %10 = getelementptr float, ptr %dacts, i64 %9
  %11 = getelementptr i32, ptr %labels, i64 %i
  %12 = load i32, ptr %11, align 4
  %13 = sext i32 %12 to i64
  %14 = load float, ptr %7, align 4
  store float %14, ptr %2, align 4
  store i64 0, ptr %1, align 4
  br label %loop1

done:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 1, %body ], [ %24, %body2 ]
  %15 = icmp slt i64 %i4, 10
  br i1 %15, label %body2, label %done3

body2:                                            ; preds = %loop1
  %16 = getelementptr float, ptr %7, i64 %i4
  %17 = load float, ptr %16, align 4
  %18 = load float, ptr %2, align 4
  %19 = fcmp ogt float %17, %18
  %20 = load float, ptr %2, align 4
  %21 = select i1 %19, float %17, float %20
  store float %21, ptr %2, align 4
  %22 = load i64, ptr %1, align 4
  %23 = select i1 %19, i64 %i4, i64 %22
  store i64 %23, ptr %1, align 4
  %24 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %25 = load float, ptr %2, align 4
  store float 0.000000e+00, ptr %0, align 4
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %34, %body6 ]
  %26 = icmp slt i64 %i8, 10
  br i1 %26, label %body6, label %done7

body6:                                            ; preds = %loop5
  %27 = getelementptr float, ptr %7, i64 %i8
  %28 = load float, ptr %27, align 4
  %29 = fsub float %28, %25
  %30 = call float @llvm.exp.f32(float %29)
  %31 = getelementptr float, ptr %10, i64 %i8
  store float %30, ptr %31, align 4
  %32 = load float, ptr %0, align 4
  %33 = fadd float %32, %30
  store float %33, ptr %0, align 4
  %34 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %35 = load float, ptr %0, align 4
  %36 = call float @llvm.log.f32(float %35)
  %37 = fadd float %25, %36
  %38 = getelementptr float, ptr %7, i64 %13
  %39 = load float, ptr %38, align 4
  %40 = fsub float %37, %39
  %41 = getelementptr float, ptr %loss, i64 %i
  store float %40, ptr %41, align 4
  %42 = load i64, ptr %1, align 4
  %43 = icmp eq i64 %42, %13
  %44 = zext i1 %43 to i32
  %45 = getelementptr i32, ptr %correct, i64 %i
  store i32 %44, ptr %45, align 4
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ 0, %done7 ], [ %55, %body10 ]
  %46 = icmp slt i64 %i12, 10
  br i1 %46, label %body10, label %done11

body10:                                           ; preds = %loop9
  %47 = getelementptr float, ptr %10, i64 %i12
  %48 = load float, ptr %47, align 4
  %49 = fdiv float %48, %35
  %50 = icmp eq i64 %i12, %13
  %51 = uitofp i1 %50 to float
  %52 = getelementptr float, ptr %10, i64 %i12
  %53 = fsub float %49, %51
  %54 = fdiv float %53, %3
  store float %54, ptr %52, align 4
  %55 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %56 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #0

define void @eic_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, i64 %b0, i64 %b1) {
entry:
  br label %loop

loop:                                             ; preds = %done7, %entry
  %i = phi i64 [ %b0, %entry ], [ %15, %done7 ]
  %0 = icmp slt i64 %i, %b1
  br i1 %0, label %body, label %done

body:                                             ; preds = %loop
  %1 = mul i64 %i, 784
  %2 = add i64 %1, 512
  %3 = getelementptr float, ptr %dacts, i64 %2
  br label %loop1

done:                                             ; preds = %loop
  br label %loop9

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %6, %body2 ]
  %4 = icmp slt i64 %i4, 256
  br i1 %4, label %body2, label %done3

body2:                                            ; preds = %loop1
  %5 = getelementptr float, ptr %3, i64 %i4
  store <8 x float> zeroinitializer, ptr %5, align 4
  %6 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %14, %body6 ]
  %7 = icmp slt i64 %i8, 10
  br i1 %7, label %body6, label %done7

body6:                                            ; preds = %loop5
  %8 = getelementptr float, ptr %3, i64 %i8
  %9 = mul i64 %i, 784
  %10 = add i64 %9, 768
  %11 = getelementptr float, ptr %dacts, i64 %10
  %12 = getelementptr float, ptr %11, i64 %i8
  %13 = load float, ptr %12, align 4
  store float %13, ptr %8, align 4
  %14 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %15 = add i64 %i, 1
  br label %loop

loop9:                                            ; preds = %done15, %done
  %i12 = phi i64 [ %b0, %done ], [ %24, %done15 ]
  %16 = icmp slt i64 %i12, %b1
  br i1 %16, label %body10, label %done11

body10:                                           ; preds = %loop9
  %17 = mul i64 %i12, 784
  %18 = add i64 %17, 512
  %19 = getelementptr float, ptr %dacts, i64 %18
  %20 = mul i64 %i12, 784
  %21 = add i64 %20, 256
  %22 = getelementptr float, ptr %dacts, i64 %21
  br label %loop13

done11:                                           ; preds = %loop9
  ret void

loop13:                                           ; preds = %done19, %body10
  %i16 = phi i64 [ 0, %body10 ], [ %36, %done19 ]
  %23 = icmp slt i64 %i16, 1
  br i1 %23, label %body14, label %done15

body14:                                           ; preds = %loop13
  br label %loop17

done15:                                           ; preds = %loop13
  %24 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %done23, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %44, %done23 ]
  %25 = icmp slt i64 %i20, 256
  br i1 %25, label %body18, label %done19

body18:                                           ; preds = %loop17
  %26 = mul i64 %i16, 256
  %27 = add i64 %26, %i20
  %28 = add i64 0, %27
  %29 = getelementptr float, ptr %gains, i64 %28
  %30 = load float, ptr %29, align 4
  %31 = getelementptr float, ptr %19, i64 %27
  %32 = load float, ptr %31, align 4
  %33 = fmul float %32, %30
  %34 = icmp slt i64 %27, 10
  %35 = select i1 %34, float %33, float 0.000000e+00
  br label %loop21

done19:                                           ; preds = %loop17
  %36 = add i64 %i16, 1
  br label %loop13

loop21:                                           ; preds = %body22, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %43, %body22 ]
  %37 = icmp slt i64 %i24, 1
  br i1 %37, label %body22, label %done23

body22:                                           ; preds = %loop21
  %38 = mul i64 %i16, 1
  %39 = add i64 %38, %i24
  %40 = mul i64 %39, 256
  %41 = add i64 %40, %i20
  %42 = getelementptr float, ptr %22, i64 %41
  store float %35, ptr %42, align 4
  %43 = add i64 %i24, 1
  br label %loop21

done23:                                           ; preds = %loop21
  %44 = add i64 %i20, 1
  br label %loop17
}

define void @eic_grads(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i64 %u0, i64 %u1) {
entry:
  %0 = alloca float, align 4
  %1 = alloca float, align 4
  %2 = icmp sgt i64 %u0, 0
  %3 = select i1 %2, i64 %u0, i64 0
  %4 = icmp slt i64 %u1, 256
  %5 = select i1 %4, i64 %u1, i64 256
  br label %loop

loop:                                             ; preds = %done15, %entry
  %i = phi i64 [ %3, %entry ], [ %59, %done15 ]
  %6 = icmp slt i64 %i, %5
  br i1 %6, label %body, label %done

body:                                             ; preds = %loop
  %7 = sub i64 %i, 0
  %8 = sdiv i64 %7, 256
  %9 = srem i64 %7, 256
  %10 = add i64 0, %7
  %11 = getelementptr float, ptr %gains, i64 %10
  %12 = load float, ptr %11, align 4
  %13 = icmp slt i64 %7, 10
  store float 0.000000e+00, ptr %1, align 4
  br label %loop1

done:                                             ; preds = %loop
  %14 = icmp sgt i64 %u1, 256
  %15 = icmp sle i64 %u0, 256
  %16 = and i1 %15, %14
  br i1 %16, label %then29, label %join30

loop1:                                            ; preds = %done7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %done7 ]
  %17 = icmp slt i64 %i4, %batch
  br i1 %17, label %body2, label %done3

body2:                                            ; preds = %loop1
  %18 = mul i64 %i4, 784
  %19 = add i64 %18, 256
  %20 = getelementptr float, ptr %acts, i64 %19
  store float 0.000000e+00, ptr %0, align 4
  br label %loop5

done3:                                            ; preds = %loop1
  %21 = load float, ptr %1, align 4
  %22 = select i1 %13, float %21, float 0.000000e+00
  %23 = getelementptr float, ptr %grads, i64 65536
  br label %loop9

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %33, %body6 ]
  %24 = icmp slt i64 %i8, 1
  br i1 %24, label %body6, label %done7

body6:                                            ; preds = %loop5
  %25 = mul i64 %8, 1
  %26 = add i64 %25, %i8
  %27 = mul i64 %26, 256
  %28 = add i64 %27, %9
  %29 = getelementptr float, ptr %20, i64 %28
  %30 = load float, ptr %29, align 4
  %31 = load float, ptr %0, align 4
  %32 = fadd float %31, %30
  store float %32, ptr %0, align 4
  %33 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %34 = mul i64 %i4, 784
  %35 = add i64 %34, 512
  %36 = getelementptr float, ptr %dacts, i64 %35
  %37 = getelementptr float, ptr %36, i64 %7
  %38 = load float, ptr %37, align 4
  %39 = load float, ptr %1, align 4
  %40 = load float, ptr %0, align 4
  %41 = call float @llvm.fmuladd.f32(float %38, float %40, float %39)
  store float %41, ptr %1, align 4
  %42 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %done3
  %i12 = phi i64 [ 0, %done3 ], [ %49, %body10 ]
  %43 = icmp slt i64 %i12, 256
  br i1 %43, label %body10, label %done11

body10:                                           ; preds = %loop9
  %44 = mul i64 %8, 256
  %45 = add i64 %44, %i12
  %46 = mul i64 %45, 256
  %47 = add i64 %46, %9
  %48 = getelementptr float, ptr %23, i64 %47
  store float %22, ptr %48, align 4
  %49 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %50 = getelementptr float, ptr %grads, i64 0
  %51 = select i1 %13, float %12, float 0.000000e+00
  br label %loop13

loop13:                                           ; preds = %done23, %done11
  %i16 = phi i64 [ 0, %done11 ], [ %71, %done23 ]
  %52 = icmp slt i64 %i16, 1
  br i1 %52, label %body14, label %done15

body14:                                           ; preds = %loop13
  %53 = mul i64 %8, 1
  %54 = add i64 %53, %i16
  %55 = mul i64 %54, 256
  %56 = add i64 %55, %9
  %57 = mul i64 %56, 256
  %58 = getelementptr float, ptr %50, i64 %57
  br label %loop17

done15:                                           ; preds = %loop13
  %59 = add i64 %i, 1
  br label %loop

loop17:                                           ; preds = %body18, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %62, %body18 ]
  %60 = icmp slt i64 %i20, 256
  br i1 %60, label %body18, label %done19

body18:                                           ; preds = %loop17
  %61 = getelementptr float, ptr %58, i64 %i20
  store <8 x float> zeroinitializer, ptr %61, align 4
  %62 = add i64 %i20, 8
  br label %loop17

done19:                                           ; preds = %loop17
  br label %loop21

loop21:                                           ; preds = %join, %done19
  %i24 = phi i64 [ 0, %done19 ], [ %79, %join ]
  %63 = icmp slt i64 %i24, %batch
  br i1 %63, label %body22, label %done23

body22:                                           ; preds = %loop21
  %64 = mul i64 %i24, 784
  %65 = add i64 %64, 512
  %66 = getelementptr float, ptr %dacts, i64 %65
  %67 = getelementptr float, ptr %66, i64 %7
  %68 = load float, ptr %67, align 4
  %69 = fmul float %68, %51
  %70 = fcmp une float %69, 0.000000e+00
  br i1 %70, label %then, label %join

done23:                                           ; preds = %loop21
  %71 = add i64 %i16, 1
  br label %loop13

then:                                             ; preds = %body22
  %72 = insertelement <8 x float> undef, float %69, i32 0
  %73 = shufflevector <8 x float> %72, <8 x float> undef, <8 x i32> zeroinitializer
  %74 = mul i64 %i16, 256
  %75 = mul i64 %i24, 784
  %76 = add i64 %75, 0
  %77 = getelementptr float, ptr %acts, i64 %76
  %78 = getelementptr float, ptr %77, i64 %74
  br label %loop25

join:                                             ; preds = %done27, %body22
  %79 = add i64 %i24, 1
  br label %loop21

loop25:                                           ; preds = %body26, %then
  %i28 = phi i64 [ 0, %then ], [ %86, %body26 ]
  %80 = icmp slt i64 %i28, 256
  br i1 %80, label %body26, label %done27

body26:                                           ; preds = %loop25
  %81 = getelementptr float, ptr %58, i64 %i28
  %82 = load <8 x float>, ptr %81, align 4
  %83 = getelementptr float, ptr %78, i64 %i28
  %84 = load <8 x float>, ptr %83, align 4
  %85 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %73, <8 x float> %84, <8 x float> %82)
  store <8 x float> %85, ptr %81, align 4
  %86 = add i64 %i28, 8
  br label %loop25

done27:                                           ; preds = %loop25
  br label %join

then29:                                           ; preds = %done
  br label %join30

join30:                                           ; preds = %then29, %done
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #0

define void @eic_adam(ptr %params, ptr %grads, ptr %m, ptr %v, float %lr, float %beta1, float %beta2, float %eps, float %bc1, float %bc2, i64 %e0, i64 %e1) {
entry:
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ %e0, %entry ], [ %25, %body ]
  %0 = icmp slt i64 %i, %e1
  br i1 %0, label %body, label %done

body:                                             ; preds = %loop
  %1 = getelementptr float, ptr %grads, i64 %i
  %2 = load float, ptr %1, align 4
  %3 = getelementptr float, ptr %m, i64 %i
  %4 = getelementptr float, ptr %v, i64 %i
  %5 = getelementptr float, ptr %params, i64 %i
  %6 = fsub float 1.000000e+00, %beta1
  %7 = fmul float %6, %2
  %8 = load float, ptr %3, align 4
  %9 = fmul float %beta1, %8
  %10 = fadd float %9, %7
  %11 = fmul float %2, %2
  %12 = fsub float 1.000000e+00, %beta2
  %13 = fmul float %12, %11
  %14 = load float, ptr %4, align 4
  %15 = fmul float %beta2, %14
  %16 = fadd float %15, %13
  store float %10, ptr %3, align 4
  store float %16, ptr %4, align 4
  %17 = fdiv float %10, %bc1
  %18 = fdiv float %16, %bc2
  %19 = call float @llvm.sqrt.f32(float %18)
  %20 = fadd float %19, %eps
  %21 = fmul float %lr, %17
  %22 = fdiv float %21, %20
  %23 = load float, ptr %5, align 4
  %24 = fsub float %23, %22
  store float %24, ptr %5, align 4
  %25 = add i64 %i, 1
  br label %loop

done:                                             ; preds = %loop
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #0

attributes #0 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
